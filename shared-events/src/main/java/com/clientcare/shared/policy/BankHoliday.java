package com.clientcare.shared.policy;

import java.time.LocalDate;

/** One day the firm is closed beyond its weekly days off, named as the published lists name it (S6). */
public record BankHoliday(LocalDate date, String title) {
}
