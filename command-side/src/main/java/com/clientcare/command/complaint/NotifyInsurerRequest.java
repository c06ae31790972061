package com.clientcare.command.complaint;

import com.clientcare.shared.complaint.NotifyInsurerCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of {@code POST /api/complaints/{id}/insurer-notification} (K7). */
public record NotifyInsurerRequest(
        @NotBlank @Size(max = 200) String insurer,
        @PastOrPresent Instant notifiedAt) {

    NotifyInsurerCommand toCommand(String complaintId, Instant notifiedAt) {
        return new NotifyInsurerCommand(complaintId, insurer, notifiedAt);
    }
}
