package com.clientcare.shared.complaint;

/** K6: the independent third party of the second stage. */
public enum RedressBody {
    ADR, OMBUDSMAN
}
