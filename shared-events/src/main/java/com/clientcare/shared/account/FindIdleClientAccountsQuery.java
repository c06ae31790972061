package com.clientcare.shared.account;

import java.time.Instant;

/** M1: a page of the open accounts with no movement (by business time) since {@code cutoff}, longest idle first. */
public record FindIdleClientAccountsQuery(Instant cutoff, int page, int size) {
}
