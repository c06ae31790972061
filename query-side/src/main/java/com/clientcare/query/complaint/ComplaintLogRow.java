package com.clientcare.query.complaint;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintOutcome;
import com.clientcare.shared.complaint.ComplaintStatus;
import com.clientcare.shared.complaint.EscalationLevel;

import java.time.Instant;

/** One line of the complaints log export (no free text, so no personal data). */
public record ComplaintLogRow(String id, String clientId, Tier clientTier, Instant receivedAt, Channel channel,
                              ComplaintCategory category, ComplaintStatus status, EscalationLevel escalationLevel,
                              boolean potentialClaim, boolean awaitingInsurerNotification, Instant acknowledgedAt,
                              Instant assessedAt, Instant finalResponseAt, ComplaintOutcome outcome) {

    public static ComplaintLogRow of(ComplaintView view) {
        return view.row();
    }
}
