package com.clientcare.shared.common;

/** Every way a client and the firm reach each other (C5). */
public enum Channel {
    EMAIL, PHONE, SMS, MEETING, LETTER, WEB_FORM, SOCIAL, IN_PERSON
}
