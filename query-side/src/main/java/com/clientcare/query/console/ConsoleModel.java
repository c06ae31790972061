package com.clientcare.query.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows besides its own content: the user and the navigation their roles allow. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
public class ConsoleModel {

    @ModelAttribute("user")
    public ConsoleUser user(HttpServletRequest request) {
        return (ConsoleUser) request.getAttribute(ConsoleWebConfiguration.USER);
    }
}
