package com.clientcare.shared.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * C8: a field that identifies or describes a person. It is stored encrypted with its data subject's key, so
 * destroying the key erases it everywhere the immutable history holds it. On a record-typed field, every
 * personal field inside that record is meant; on a type (an aggregate kept in a snapshot), the whole of it.
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonalData {
}
