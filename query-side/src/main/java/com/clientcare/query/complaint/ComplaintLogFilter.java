package com.clientcare.query.complaint;

import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintStatus;

/** The filters of the complaints log, JSON and CSV alike; every one optional. */
public record ComplaintLogFilter(ComplaintStatus status, String clientId, ComplaintCategory category,
                                 Boolean awaitingInsurerNotification) {
}
