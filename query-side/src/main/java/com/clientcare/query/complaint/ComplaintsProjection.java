package com.clientcare.query.complaint;

import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintEvent;
import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import com.clientcare.shared.complaint.ComplaintStatus;
import com.clientcare.shared.sla.ClockBreachRetractedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The complaints log (K1): every complaint ever logged, collection {@code complaints}, one document each. */
@Component
@ProcessingGroup(ComplaintsProjection.NAME)
public class ComplaintsProjection {

    public static final String NAME = "complaints-log";

    private final DocumentCollection<ComplaintView> complaints;

    public ComplaintsProjection(MongoDatabase database, ObjectMapper mapper) {
        this.complaints = new DocumentCollection<>(database, "complaints", ComplaintView.class, mapper);
    }

    @EventHandler
    void on(ComplaintLoggedEvent event) {
        complaints.put(event.complaintId(), ComplaintView.logged(event));
    }

    @EventHandler
    void on(ComplaintEvent event) {
        complaints.get(event.complaintId()).ifPresent(view -> complaints.put(event.complaintId(), view.apply(event)));
    }

    @EventHandler
    void on(ClockBreachRetractedEvent event) {
        if (event.complaintId() != null) {
            complaints.get(event.complaintId()).ifPresent(view -> {
                view.retractBreach(event.clockId());
                complaints.put(event.complaintId(), view);
            });
        }
    }

    /** C8: the description is what the client said; the rest of the complaint stays in the log. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        complaints.find(Filters.eq("clientId", event.clientId())).forEach(view -> {
            view.erase();
            complaints.put(view.id(), view);
        });
    }

    @ResetHandler
    void reset() {
        complaints.clear();
    }

    public Optional<ComplaintView> complaint(String id) {
        return complaints.get(id);
    }

    /** Newest first; null filters match all; {@code awaitingInsurer} selects potential claims not yet notified (K7). */
    public List<ComplaintView> log(ComplaintStatus status, String clientId, ComplaintCategory category,
                                   Boolean awaitingInsurer) {
        return complaints.find(new Document()).stream()
                .filter(view -> status == null || view.status() == status)
                .filter(view -> clientId == null || clientId.equals(view.clientId()))
                .filter(view -> category == null || view.category() == category)
                .filter(view -> awaitingInsurer == null || view.awaitingInsurerNotification() == awaitingInsurer)
                .sorted(Comparator.comparing(ComplaintView::receivedAt).reversed())
                .toList();
    }
}
