package com.clientcare.shared.client;

import com.clientcare.shared.common.PersonalData;

/** How to reach a client (C1): personal data, erasable under C8. */
public record ContactDetails(
        @PersonalData String email,
        @PersonalData String phone,
        @PersonalData String postalAddress) {
}
