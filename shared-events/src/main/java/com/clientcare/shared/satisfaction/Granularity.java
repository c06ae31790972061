package com.clientcare.shared.satisfaction;

/** How trend reports group time: calendar months or quarters, in the reporting zone. */
public enum Granularity {
    MONTH, QUARTER
}
