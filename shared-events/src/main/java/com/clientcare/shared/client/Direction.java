package com.clientcare.shared.client;

public enum Direction {
    INBOUND, OUTBOUND
}
