/**
 * Sayso's core: the UIMA type system, the one vocabulary of annotation kinds, JSON, and what a project folder holds.
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD })
package org.sayso.core;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;

import org.eclipse.jdt.annotation.NonNullByDefault;
