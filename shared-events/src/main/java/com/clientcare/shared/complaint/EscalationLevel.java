package com.clientcare.shared.complaint;

import java.util.Optional;

/** K4: who handles a complaint, one level at a time; a complaint starts with the account manager. */
public enum EscalationLevel {
    ACCOUNT_MANAGER, CONFLICT_RESOLUTION, REGIONAL_MD, CEO, INDEPENDENT_REDRESS;

    public Optional<EscalationLevel> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
