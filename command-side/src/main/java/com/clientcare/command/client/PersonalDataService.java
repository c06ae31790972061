package com.clientcare.command.client;

import com.clientcare.command.infra.CommandDispatcher;
import com.clientcare.eventstore.personaldata.SubjectKeys;
import com.clientcare.shared.client.ErasePersonalDataCommand;
import com.clientcare.shared.client.ExportPersonalDataCommand;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;

/** C8: the client's right to a copy of their personal data and to its erasure, whoever asks for them. */
@Component
public class PersonalDataService {

    private final CommandDispatcher dispatcher;
    private final Clock clock;
    private final SubjectKeys subjectKeys;
    private final EventStore eventStore;
    private final ClientComplaints complaints;
    private final ClientAccountsOfClient accounts;

    public PersonalDataService(CommandDispatcher dispatcher, Clock clock, SubjectKeys subjectKeys,
                               EventStore eventStore, ClientComplaints complaints, ClientAccountsOfClient accounts) {
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.subjectKeys = subjectKeys;
        this.eventStore = eventStore;
        this.complaints = complaints;
        this.accounts = accounts;
    }

    /**
     * Records the erasure, then destroys the client's key at once; {@link ErasureCompletion} covers a crash between.
     */
    public void erase(ErasePersonalDataCommand erasure) {
        dispatcher.dispatch(erasure);
        subjectKeys.destroy(erasure.clientId());
    }

    /**
     * Everything recorded about the client (its own file, each complaint about it, then each client account holding
     * its money), in order, personal fields decrypted (or erased); the export is recorded, with who asked for it.
     */
    public PersonalDataExport export(String clientId, String requestedBy, boolean requestedByAdmin) {
        // another command-side instance may have erased the client since this one cached its key
        subjectKeys.refresh();
        Instant exportedAt = clock.instant();
        dispatcher.dispatch(new ExportPersonalDataCommand(clientId, exportedAt, requestedBy, requestedByAdmin));
        return new PersonalDataExport(clientId, exportedAt, subjectKeys.isErased(clientId),
                Stream.of(Stream.of(clientId), complaints.of(clientId).stream(), accounts.of(clientId).stream())
                        .flatMap(records -> records)
                        .flatMap(stream -> eventStore.readEvents(stream, 0).asStream())
                        .map(PersonalDataExport.Fact::of)
                        .toList());
    }
}
