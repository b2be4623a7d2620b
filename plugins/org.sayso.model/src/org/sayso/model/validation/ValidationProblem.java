package org.sayso.model.validation;

import org.sayso.model.Annotation;

/**
 * One thing wrong in an annotation set, with where it is and a message an annotator can act on.
 *
 * @param annotation the annotation at fault (null for problems of the set itself)
 */
public record ValidationProblem(Severity severity, String constraint, Annotation annotation, int begin, int end,
		String message) {

	public enum Severity {
		ERROR, WARNING
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}
}
