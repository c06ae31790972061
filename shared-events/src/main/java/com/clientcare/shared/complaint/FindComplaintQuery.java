package com.clientcare.shared.complaint;

/** One complaint with its full detail, or none when no complaint has that id. */
public record FindComplaintQuery(String complaintId) {
}
