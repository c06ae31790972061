package com.clientcare.shared.report;

import java.time.YearMonth;

/** The monthly complaints and service-level report of a month of the reporting zone. */
public record FindMonthlyReportQuery(YearMonth month) {
}
