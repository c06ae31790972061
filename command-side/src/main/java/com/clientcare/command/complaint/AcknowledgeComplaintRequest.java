package com.clientcare.command.complaint;

import com.clientcare.shared.complaint.AcknowledgeComplaintCommand;
import jakarta.validation.constraints.PastOrPresent;

import java.time.Instant;

/** Body of {@code POST /api/complaints/{id}/acknowledgement} (K2). */
public record AcknowledgeComplaintRequest(
        @PastOrPresent Instant sentAt) {

    AcknowledgeComplaintCommand toCommand(String complaintId, Instant sentAt) {
        return new AcknowledgeComplaintCommand(complaintId, sentAt);
    }
}
