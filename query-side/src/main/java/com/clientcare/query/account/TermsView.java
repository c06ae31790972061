package com.clientcare.query.account;

import com.clientcare.shared.common.Money;

import java.time.Instant;
import java.util.List;

/** M1: an agreement on how money may be drawn down; each stage with what it allows, has drawn and has left. */
public record TermsView(int version, List<Stage> stages, String agreedBy, Instant agreedAt) {

    public record Stage(String name, Money maxAmount, Money drawn, Money remaining) {
    }
}
