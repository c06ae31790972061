package com.clientcare.shared.account;

import com.clientcare.shared.common.Money;

/** M1: a stage of the agreed draw-down terms and the most that may be drawn down under it. */
public record DrawDownStage(String name, Money maxAmount) {
}
