package com.clientcare.shared.account;

/** M1: the three ways money moves through a client account. */
public enum MovementType {
    RECEIPT,
    DRAW_DOWN,
    REFUND
}
