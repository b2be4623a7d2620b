package org.sayso.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.Json;
import org.sayso.core.copies.ClaimClusters;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.SpeakerMention;

/**
 * {@code jsonl}: {@value #FILE}, one JSON object per line for each document and set: id, set, title, DCT, language,
 * text, and the speakers, cues, claims and dates with {@code begin}/{@code end} offsets in UTF-16 code units (Java and
 * JavaScript string indices, as in UIMA; in Python, index {@code text.encode('utf-16-le')} by twice the offset, or
 * convert). Claims link to their speakers by mention id and entity id, and to their cues by id; a claim reported in
 * several articles has a {@code cluster} id, the same in each.
 */
final class JsonlExportWriter extends SingleFileExportWriter {

	static final String FILE = "annotations.jsonl";

	private final ExportRequest request;
	/** The project's registered speakers by id, read once at the start. */
	private Map<String, org.sayso.model.RegisteredSpeaker> registry = Map.of();
	/** The cluster of each claim reported in several articles, by "doc:begin-end": read before the first line. */
	private Map<String, String> clusters = Map.of();

	JsonlExportWriter(ExportRequest request) {
		super(FILE);
		this.request = request;
	}

	/**
	 * Reads the sets to export once first, to tell each claim its cluster: the claims that say the same thing by the
	 * same speaker in several articles ({@link ClaimClusters}) share a {@code cluster} id across the file.
	 */
	@Override
	public void start(Path folder) throws IOException {
		super.start(folder);
		registry = Map.copyOf(new org.sayso.core.project.SpeakerRegistry(request.store().project()).byIds());
		var given = request.clusterIds();
		if (given != null) {
			clusters = given; // found over the whole project, of which this is a part
			return;
		}
		clusters = ClaimClusters.idsBySpan(ClaimClusters.of(ExportClusters.articles(request)));
	}

	@Override
	public Written writeDocument(DocumentSets document, Path folder) {
		var lines = new StringBuilder();
		for (var named : document.sets()) {
			line(document, named.name(), named.set(), clusters, registry, lines);
			lines.append('\n');
		}
		return new Written(lines.toString().getBytes(StandardCharsets.UTF_8), List.of());
	}

	private static void line(DocumentSets document, String setName, AnnotationSet set, Map<String, String> clusters,
			Map<String, org.sayso.model.RegisteredSpeaker> registry, StringBuilder out) {
		var doc = document.document();
		var text = doc.getText();
		var ids = ids(set);
		var json = new Json(out).beginObject().name("id").value(doc.getId()).name("set").value(setName)
				.name("curated").value(set.isCurated()).name("annotator").value(set.getAnnotator())
				.name("title").value(doc.getTitle()).name("dct").value(doc.getDct())
				.name("language").value(doc.getLanguage()).name("offsets").value("utf-16").name("text").value(text);
		json.name("speakers").beginArray();
		for (var speaker : of(set, SpeakerMention.class)) {
			span(json, speaker, ids, text).name("kind").value(literal(speaker.getKind()))
					.name("entity").value(speaker.getEntity() == null ? null : speaker.getEntity().getId())
					.name("entityName").value(speaker.getEntity() == null ? null : speaker.getEntity().getName());
			// a speaker of the project's registry: its id is the same in every article, and it may have an outside id
			var registered = speaker.getEntity() == null ? null : registry.get(speaker.getEntity().getId());
			json.name("registered").value(registered != null)
					.name("externalId").value(registered == null ? null : registered.getExternalId()).endObject();
		}
		json.endArray().name("cues").beginArray();
		for (var cue : of(set, Cue.class)) {
			span(json, cue, ids, text).endObject();
		}
		json.endArray().name("claims").beginArray();
		for (var claim : of(set, Claim.class)) {
			span(json, claim, ids, text).name("kind").value(literal(claim.getKind())).name("speakers").beginArray();
			claim.getSources().forEach(s -> json.value(ids.get(s)));
			json.endArray().name("entities").beginArray();
			claim.getSources().stream().map(s -> s.getEntity() == null ? null : s.getEntity().getId()).distinct()
					.forEach(json::value);
			json.endArray().name("cues").beginArray();
			claim.getCues().forEach(c -> json.value(ids.get(c)));
			json.endArray().name("cluster").value(clusters.get(doc.getId() + ":" + claim.getBegin() + "-" + claim.getEnd()))
					.endObject();
		}
		json.endArray().name("dates").beginArray();
		for (var date : of(set, DateMention.class)) {
			span(json, date, ids, text).name("value").value(date.getValue()).name("type").value(literal(date.getType()))
					.name("dctDependent").value(date.isDctDependent()).endObject();
		}
		json.endArray().endObject();
	}

	private static Json span(Json json, Annotation annotation, Map<Annotation, String> ids, String text) {
		return json.beginObject().name("id").value(ids.get(annotation)).name("begin").value(annotation.getBegin())
				.name("end").value(annotation.getEnd())
				.name("text").value(text.substring(annotation.getBegin(), annotation.getEnd()))
				.name("origin").value(literal(annotation.getOrigin())).name("note").value(annotation.getNote());
	}

	/** Ids unique in the line: s1, s2 for speakers, c1 for cues, q1 for claims, d1 for dates, in the set's order. */
	private static Map<Annotation, String> ids(AnnotationSet set) {
		var ids = new IdentityHashMap<Annotation, String>();
		int[] next = new int[4];
		for (var annotation : set.getAnnotations()) {
			int kind = switch (annotation) {
			case SpeakerMention s -> 0;
			case Cue c -> 1;
			case Claim c -> 2;
			default -> 3;
			};
			ids.put(annotation, "scqd".charAt(kind) + String.valueOf(++next[kind]));
		}
		return ids;
	}

	private static <T extends Annotation> List<T> of(AnnotationSet set, Class<T> type) {
		var result = new ArrayList<T>();
		for (var annotation : set.getAnnotations()) {
			if (type.isInstance(annotation)) {
				result.add(type.cast(annotation));
			}
		}
		return result;
	}

	private static @Nullable String literal(org.eclipse.emf.common.util.@Nullable Enumerator value) {
		return value == null ? null : value.getLiteral();
	}
}
