package com.clientcare.eventstore.personaldata;

/** An object sealed whole under a destroyed key: it cannot be read any more (C8). */
public class PersonalDataErased extends IllegalStateException {

    public PersonalDataErased(String subject) {
        super("the personal data of " + subject + " was erased");
    }
}
