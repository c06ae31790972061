package com.clientcare.command.complaint;

import com.clientcare.command.infra.RecordIds;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintOutcome;
import com.clientcare.shared.complaint.RedressBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;

/** The bodies of the complaint endpoints (API.md); business times default to now. */
final class ComplaintRequests {

    private ComplaintRequests() {
    }

    record Log(@Pattern(regexp = RecordIds.PATTERN) String id,
               @NotNull @Pattern(regexp = RecordIds.PATTERN) String clientId,
               @NotNull Channel channel,
               @NotNull ComplaintCategory category,
               @NotBlank @Size(max = 4000) String description,
               @PastOrPresent Instant receivedAt,
               Boolean potentialClaim) {
    }

    record SentAt(@PastOrPresent Instant sentAt) {
    }

    record Assessment(@PastOrPresent Instant assessedAt, @NotBlank @Size(max = 4000) String summary) {
    }

    record RespondedAt(@PastOrPresent Instant respondedAt) {
    }

    record CorrectiveAction(@Pattern(regexp = RecordIds.PATTERN) String id,
                            @NotBlank @Size(max = 2000) String problem,
                            @NotBlank @Size(max = 2000) String action,
                            @NotNull LocalDate rectifyBy,
                            @NotBlank @Size(max = 2000) String prevention) {
    }

    record Completion(@PastOrPresent Instant completedAt) {
    }

    record Escalation(@NotBlank @Size(max = 2000) String reason) {
    }

    record FinalResponse(@NotNull ComplaintOutcome outcome, @Size(max = 4000) String remedy,
                         @PastOrPresent Instant respondedAt) {
    }

    record Rejection(@NotBlank @Size(max = 2000) String reason) {
    }

    record Referral(@NotNull RedressBody body) {
    }

    record InsurerNotification(@NotBlank @Size(max = 200) String insurer, @PastOrPresent Instant notifiedAt) {
    }

    record Reopening(@NotBlank @Size(max = 2000) String reason) {
    }
}
