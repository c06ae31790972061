package com.clientcare.shared.complaint;

/** An event in a complaint's history: every one names its complaint. */
public interface ComplaintEvent {

    String complaintId();
}
