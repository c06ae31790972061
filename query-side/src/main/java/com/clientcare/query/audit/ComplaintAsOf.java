package com.clientcare.query.audit;

import com.clientcare.query.complaint.ComplaintView;
import com.clientcare.query.sla.ClockView;

import java.util.List;

/** A complaint as it stood at an instant, with its service-level clocks as they stood then (S7). */
public record ComplaintAsOf(StateAsOf<ComplaintView> complaint, List<ClockView> clocks) {
}
