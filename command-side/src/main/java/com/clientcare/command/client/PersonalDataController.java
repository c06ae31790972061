package com.clientcare.command.client;

import com.clientcare.access.Role;
import com.clientcare.command.account.ClientAccountsOfClient;
import com.clientcare.command.infra.CommandDispatcher;
import com.clientcare.command.infra.RecordIds;
import com.clientcare.command.infra.StatedBusinessTime;
import com.clientcare.eventstore.personaldata.SubjectKeys;
import com.clientcare.shared.client.ErasePersonalDataCommand;
import com.clientcare.shared.client.ExportPersonalDataCommand;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.stream.Stream;

/** C8 over HTTP: the client's right to a copy of their personal data and to its erasure. */
@RestController
@Validated
@RequestMapping("/api/clients/{clientId}/personal-data")
public class PersonalDataController {

    private final CommandDispatcher dispatcher;
    private final StatedBusinessTime businessTime;
    private final SubjectKeys subjectKeys;
    private final EventStore eventStore;
    private final ClientComplaints complaints;
    private final ClientAccountsOfClient accounts;

    public PersonalDataController(CommandDispatcher dispatcher, StatedBusinessTime businessTime, SubjectKeys subjectKeys,
                                  EventStore eventStore, ClientComplaints complaints, ClientAccountsOfClient accounts) {
        this.dispatcher = dispatcher;
        this.businessTime = businessTime;
        this.subjectKeys = subjectKeys;
        this.eventStore = eventStore;
        this.complaints = complaints;
        this.accounts = accounts;
    }

    /** Records the erasure, then destroys the client's key at once; {@link ErasureCompletion} covers a crash between. */
    @DeleteMapping
    public ResponseEntity<Void> erase(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
                                      @Valid @RequestBody ErasePersonalDataRequest body) {
        dispatcher.dispatch(new ErasePersonalDataCommand(clientId, body.reason(), businessTime.orNow(null)));
        subjectKeys.destroy(clientId);
        return ResponseEntity.noContent().build();
    }

    /**
     * Everything recorded about the client (its own file, each complaint about it, then each client account holding
     * its money), in order, personal fields decrypted (or erased); the export is recorded.
     */
    @GetMapping
    public PersonalDataExport export(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
                                     HttpServletRequest request) {
        // another command-side instance may have erased the client since this one cached its key
        subjectKeys.refresh();
        Instant exportedAt = businessTime.orNow(null);
        dispatcher.dispatch(new ExportPersonalDataCommand(clientId, exportedAt, request.getRemoteUser(),
                request.isUserInRole(Role.ADMIN.name())));
        return new PersonalDataExport(clientId, exportedAt, subjectKeys.isErased(clientId),
                Stream.of(Stream.of(clientId), complaints.of(clientId).stream(), accounts.of(clientId).stream())
                        .flatMap(records -> records)
                        .flatMap(stream -> eventStore.readEvents(stream, 0).asStream())
                        .map(PersonalDataExport.Fact::of)
                        .toList());
    }
}
