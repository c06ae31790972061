package com.clientcare.shared.policy;

/**
 * S6: whose bank holidays a business calendar follows, computed for any year by that division's rules plus its
 * known one-off changes. NONE: no bank holidays, only the dates a policy version lists itself.
 */
public enum HolidaySource {
    ENGLAND_AND_WALES,
    SCOTLAND,
    NORTHERN_IRELAND,
    NONE
}
