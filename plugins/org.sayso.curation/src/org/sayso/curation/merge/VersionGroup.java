package org.sayso.curation.merge;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.model.Annotation;

/**
 * The annotators who have the same version of a unit; {@code annotation} is the first one's (null for the group
 * of annotators who do not have the unit at all).
 */
public record VersionGroup(List<String> annotators, @Nullable Annotation annotation) {

	public boolean isAbsent() {
		return annotation == null;
	}
}
