package com.clientcare.command.account;

import com.clientcare.command.infra.MoneyInput;
import com.clientcare.shared.account.DrawDownStage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One stage of draw-down terms in a request: its name and the most that may be drawn under it (M1). */
public record DrawDownStageRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid @PositiveAmount MoneyInput maxAmount) {

    DrawDownStage toStage() {
        return new DrawDownStage(name, maxAmount.toMoney());
    }
}
