package com.clientcare.command.client;

import com.clientcare.command.infra.MoneyInput;
import com.clientcare.command.infra.RecordIds;
import com.clientcare.shared.client.ClientKind;
import com.clientcare.shared.client.ContactDetails;
import com.clientcare.shared.client.RegisterClientCommand;
import com.clientcare.shared.common.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Body of {@code POST /api/clients} (C1, C2). */
public record RegisterClientRequest(
        @Pattern(regexp = RecordIds.PATTERN) String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull ClientKind kind,
        @Email @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @Size(max = 500) String postalAddress,
        @NotNull @Valid MoneyInput annualRevenue,
        @NotBlank @Size(max = 100) String accountManager,
        @Size(max = 8) List<@NotNull Channel> preferredChannels,
        Map<@NotNull Channel, @NotNull Boolean> marketingConsent,
        @PastOrPresent Instant registeredAt) {

    RegisterClientCommand toCommand(String clientId, Instant registeredAt) {
        return new RegisterClientCommand(clientId, name, kind, new ContactDetails(email, phone, postalAddress),
                annualRevenue.toMoney(), accountManager,
                preferredChannels == null ? List.of() : List.copyOf(preferredChannels),
                marketingConsent == null ? Map.of() : Map.copyOf(marketingConsent),
                registeredAt);
    }
}
