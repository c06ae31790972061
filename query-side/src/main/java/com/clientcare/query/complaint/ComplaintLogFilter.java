package com.clientcare.query.complaint;

import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintStatus;
import com.clientcare.shared.complaint.FindComplaintsQuery;

/** The filters of the complaints log, JSON and CSV alike; every one optional. */
public record ComplaintLogFilter(ComplaintStatus status, String clientId, ComplaintCategory category,
                                 Boolean awaitingInsurerNotification) {

    static ComplaintLogFilter of(FindComplaintsQuery query) {
        return new ComplaintLogFilter(query.status(), query.clientId(), query.category(),
                query.awaitingInsurerNotification());
    }

    FindComplaintsQuery query(int page, int size) {
        return new FindComplaintsQuery(status, clientId, category, awaitingInsurerNotification, page, size);
    }
}
