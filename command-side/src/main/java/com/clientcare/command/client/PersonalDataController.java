package com.clientcare.command.client;

import com.clientcare.access.Role;
import com.clientcare.command.infra.RecordIds;
import com.clientcare.command.infra.StatedBusinessTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** C8 over HTTP: a copy of the client's personal data, and its erasure; {@link PersonalDataService} does the work. */
@RestController
@RequestMapping("/api/clients/{clientId}/personal-data")
public class PersonalDataController {

    private final PersonalDataService personalData;
    private final StatedBusinessTime businessTime;

    public PersonalDataController(PersonalDataService personalData, StatedBusinessTime businessTime) {
        this.personalData = personalData;
        this.businessTime = businessTime;
    }

    @DeleteMapping
    public ResponseEntity<Void> erase(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
                                      @Valid @RequestBody ErasePersonalDataRequest body) {
        personalData.erase(body.toCommand(clientId, businessTime.orNow(null)));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    public PersonalDataExport export(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
                                     HttpServletRequest request) {
        return personalData.export(clientId, request.getRemoteUser(), request.isUserInRole(Role.ADMIN.name()));
    }
}
