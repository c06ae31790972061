package com.clientcare.shared.client;

/** How to reach a client (C1): personal data, erasable under C8. */
public record ContactDetails(String email, String phone, String postalAddress) {
}
