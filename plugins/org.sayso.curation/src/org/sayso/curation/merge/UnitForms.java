package org.sayso.curation.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.sayso.model.Annotation;
import org.sayso.model.Claim;
import org.sayso.model.DateMention;
import org.sayso.model.SpeakerMention;

/**
 * Compares the versions of a unit. Two forms per version: the comparable one judges a claim's speaker by
 * {@link SpeakerIdentities} and its cues by cue unit, so different entity ids or a speaker moved to another mention
 * of the same source are no conflict; the raw one (spans of linked mentions and cues) does not depend on how a
 * merge numbered its units, so its digest identifies the same versions across merges.
 */
final class UnitForms {

	private final SpeakerIdentities identities;
	private final Map<Object, MergeUnit> unitOf;

	UnitForms(SpeakerIdentities identities, Map<Object, MergeUnit> unitOf) {
		this.identities = identities;
		this.unitOf = unitOf;
	}

	void classify(MergeUnit unit) {
		var groups = new LinkedHashMap<String, List<String>>();
		var spans = new HashSet<String>();
		var types = new HashSet<String>();
		var speakers = new HashSet<String>();
		var cues = new HashSet<String>();
		var values = new HashSet<String>();
		var raw = new StringBuilder();
		for (var annotator : unit.annotators()) {
			var annotation = unit.version(annotator);
			raw.append(annotator).append('=');
			if (annotation == null) {
				raw.append("-\n");
				continue;
			}
			raw.append(raw(annotation)).append('\n');
			var span = annotation.getBegin() + "-" + annotation.getEnd();
			var type = type(annotation);
			spans.add(span);
			types.add(type);
			var form = new StringBuilder(span).append('|').append(type);
			if (annotation instanceof Claim claim) {
				var who = identities.speakersOf(annotator, claim, unitOf);
				var how = cueUnits(claim);
				speakers.add(who);
				cues.add(how);
				form.append("|s:").append(who).append("|c:").append(how);
			} else if (annotation instanceof DateMention date) {
				values.add(String.valueOf(date.getValue()));
				form.append("|v:").append(date.getValue());
			}
			groups.computeIfAbsent(form.toString(), f -> new ArrayList<>()).add(annotator);
		}
		var kinds = EnumSet.noneOf(ConflictKind.class);
		if (unit.versions().size() < unit.annotators().size()) {
			kinds.add(ConflictKind.PRESENT_ABSENT);
		}
		addIf(kinds, spans.size() > 1, ConflictKind.SPAN_BOUNDARY);
		addIf(kinds, types.size() > 1, ConflictKind.TYPE);
		addIf(kinds, speakers.size() > 1, ConflictKind.SPEAKER);
		addIf(kinds, cues.size() > 1, ConflictKind.CUE);
		addIf(kinds, values.size() > 1, ConflictKind.DATE_VALUE);

		var versionGroups = new ArrayList<VersionGroup>();
		// a group is named by annotators who have a version
		groups.values().forEach(names -> versionGroups.add(
				new VersionGroup(List.copyOf(names), java.util.Objects.requireNonNull(unit.version(names.get(0))))));
		var absent = unit.annotators().stream().filter(a -> unit.version(a) == null).toList();
		if (!absent.isEmpty()) {
			versionGroups.add(new VersionGroup(absent, null));
		}
		// most shared first; ties keep annotator order, so the first annotator's version leads
		versionGroups.sort((a, b) -> b.annotators().size() - a.annotators().size());
		unit.classify(versionGroups, kinds, digest(unit.layer() + "\n" + raw));
	}

	private static void addIf(EnumSet<ConflictKind> kinds, boolean condition, ConflictKind kind) {
		if (condition) {
			kinds.add(kind);
		}
	}

	private String cueUnits(Claim claim) {
		var ids = new TreeSet<Integer>();
		claim.getCues().forEach(cue -> {
			var unit = unitOf.get(cue);
			ids.add(unit == null ? -1 : unit.id()); // a cue outside the set: validation reports it
		});
		return ids.toString();
	}

	static String type(Annotation annotation) {
		return switch (annotation) {
		case SpeakerMention s -> s.getKind() == null ? "" : s.getKind().getLiteral();
		case Claim c -> c.getKind() == null ? "" : c.getKind().getLiteral();
		case DateMention d -> d.getType() == null ? "" : d.getType().getLiteral();
		default -> "";
		};
	}

	private static String raw(Annotation annotation) {
		var raw = new StringBuilder().append(annotation.getBegin()).append('-').append(annotation.getEnd()).append('|')
				.append(type(annotation));
		if (annotation instanceof Claim claim) {
			raw.append("|s:");
			appendSpans(raw, claim.getSources());
			raw.append("|c:");
			appendSpans(raw, claim.getCues());
		} else if (annotation instanceof DateMention date) {
			raw.append("|v:").append(date.getValue());
		}
		return raw.toString();
	}

	/** "begin-end," of each annotation, in the order of those strings (the digests of earlier merges depend on it). */
	private static void appendSpans(StringBuilder raw, List<? extends Annotation> annotations) {
		if (annotations.size() == 1) { // the common case, without the sort
			var only = annotations.get(0);
			raw.append(only.getBegin()).append('-').append(only.getEnd()).append(',');
			return;
		}
		var spans = new ArrayList<String>(annotations.size());
		for (var annotation : annotations) {
			spans.add(annotation.getBegin() + "-" + annotation.getEnd());
		}
		spans.sort(null);
		spans.forEach(span -> raw.append(span).append(','));
	}

	private static String digest(String text) {
		try {
			var sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha, 0, 12);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
