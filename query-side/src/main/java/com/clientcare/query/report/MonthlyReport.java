package com.clientcare.query.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The monthly complaints and service-level report: complaints received in the month by category, final responses
 * issued in it by outcome, the median (the mean of the two middle values for an even count) and the 90th
 * percentile (nearest rank) of days from receipt to final response, 1 decimal, and the breaches recorded in the month by rule (not those retracted since).
 */
public record MonthlyReport(
        String month,
        int complaintsReceived,
        Map<String, Integer> receivedByCategory,
        int finalResponses,
        Map<String, Integer> finalResponsesByOutcome,
        BigDecimal medianDaysToFinalResponse,
        BigDecimal p90DaysToFinalResponse,
        int breaches,
        Map<String, Integer> breachesByRule) {
}
