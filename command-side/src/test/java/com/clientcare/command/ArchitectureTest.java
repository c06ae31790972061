package com.clientcare.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.clientcare.command", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_command_side_never_reaches_into_the_query_side = noClasses()
            .should().dependOnClassesThat().resideInAPackage("com.clientcare.query..");

    @ArchTest
    static final ArchRule aggregates_are_free_of_web_and_storage_code = classes()
            .that().areAnnotatedWith(Aggregate.class)
            .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                    "org.springframework.web..", "jakarta.servlet..", "com.mongodb..", "org.bson..",
                    "com.clientcare.eventstore..");

    @ArchTest
    static final ArchRule aggregates_do_not_read_the_clock = noClasses()
            .that().areAnnotatedWith(Aggregate.class)
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().dependOnClassesThat().areAssignableTo(java.time.Clock.class);
}
