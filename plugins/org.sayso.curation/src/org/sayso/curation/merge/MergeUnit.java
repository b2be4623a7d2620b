package org.sayso.curation.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.AnnotationKind;
import org.sayso.model.Annotation;

/**
 * One thing the annotators of a document annotated, aligned across them: a speaker mention, a claim (with its
 * speaker and cue links), a cue, or a date (with its value). Each annotator has at most one version of it.
 */
public final class MergeUnit {

	private final int id;
	private final AnnotationKind layer;
	private final Map<String, Annotation> versions;
	private final List<String> annotators;
	private List<VersionGroup> groups = List.of();
	private Set<ConflictKind> kinds = EnumSet.noneOf(ConflictKind.class);
	private String unitKey = ""; // set by classify, before the merge hands the unit out
	private Resolution resolution = Resolution.PENDING;

	MergeUnit(int id, AnnotationKind layer, Map<String, Annotation> versions, List<String> annotators) {
		this.id = id;
		this.layer = layer;
		var ordered = new LinkedHashMap<String, Annotation>();
		annotators.forEach(a -> {
			if (versions.containsKey(a)) {
				ordered.put(a, versions.get(a));
			}
		});
		this.versions = Collections.unmodifiableMap(ordered);
		this.annotators = annotators;
	}

	/** The unit's number in its document merge, stable for one merge only. */
	public int id() {
		return id;
	}

	public AnnotationKind layer() {
		return layer;
	}

	/** Each annotator's version, in the order of the annotators; annotators without the unit are missing. */
	public Map<String, Annotation> versions() {
		return versions;
	}

	/** Annotator's version, or null when they do not have the unit. */
	public @Nullable Annotation version(String annotator) {
		return versions.get(annotator);
	}

	/** All annotators of the document, also those without the unit. */
	public List<String> annotators() {
		return annotators;
	}

	/** The distinct versions, the most shared first; annotators without the unit form a group of their own. */
	public List<VersionGroup> groups() {
		return groups;
	}

	/** How the versions differ; empty for a unit all annotators have alike. */
	public Set<ConflictKind> kinds() {
		return kinds;
	}

	public boolean isConflict() {
		return !kinds.isEmpty();
	}

	/** A digest of every annotator's version: equal across merges while no annotator changes the unit. */
	public String unitKey() {
		return unitKey;
	}

	public Resolution resolution() {
		return resolution;
	}

	public boolean isDecided() {
		return !(resolution instanceof Resolution.Pending);
	}

	/** The span of the unit over all versions, for showing and sorting it. */
	public int begin() {
		return versions.values().stream().mapToInt(Annotation::getBegin).min().orElse(0);
	}

	public int end() {
		return versions.values().stream().mapToInt(Annotation::getEnd).max().orElse(0);
	}

	void classify(List<VersionGroup> newGroups, Set<ConflictKind> newKinds, String key) {
		this.groups = List.copyOf(newGroups);
		this.kinds = Collections.unmodifiableSet(newKinds.isEmpty() ? EnumSet.noneOf(ConflictKind.class)
				: EnumSet.copyOf(newKinds));
		this.unitKey = key;
	}

	void resolve(Resolution newResolution) {
		this.resolution = newResolution;
	}

	/** The annotators who share the version of {@code annotator} (empty if they have none). */
	public List<String> agreeingWith(String annotator) {
		for (var group : groups) {
			if (group.annotators().contains(annotator)) {
				return group.isAbsent() ? List.of() : group.annotators();
			}
		}
		return List.of();
	}

	@Override
	public String toString() {
		var names = new ArrayList<String>();
		kinds.forEach(k -> names.add(k.label()));
		return layer.label() + " " + begin() + "-" + end() + (kinds.isEmpty() ? " agreed" : " " + names);
	}
}
