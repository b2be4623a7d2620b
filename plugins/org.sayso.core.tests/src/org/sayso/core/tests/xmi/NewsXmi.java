package org.sayso.core.tests.xmi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.SaysoTypes;

/** Test data for the XMI reader: a news story annotated with Sayso's types, and the means to compare CASes and files. */
final class NewsXmi {

	/** Curly quotes, an en dash and an emoji before the speaker: offsets are UTF-16 units, as everywhere in UIMA. */
	static final String TEXT = "PARIS (Sayso Wire) March 7, 2024 – “The talks 🤝 will resume next week,” Maria Lopez"
			+ " said on Thursday, according to the ministry.";

	/** The folder of hand-written fixtures; the tests run in the bundle's folder. */
	static final Path FIXTURES = Path.of("resources/xmi");

	private NewsXmi() {
	}

	/** A CAS with every Sayso type: speaker, cue, claim linked to both, date, creation time and metadata. */
	static CAS story(String text) {
		var cas = SaysoTypeSystem.createCas();
		cas.setDocumentText(text);
		var speaker = annotate(cas, SaysoTypes.SPEAKER, "Maria Lopez");
		set(speaker, SaysoTypes.F_ENTITY, "maria-lopez");
		set(speaker, SaysoTypes.F_ENTITY_NAME, "Maria Lopez");
		set(speaker, SaysoTypes.F_KIND, "person");
		set(speaker, SaysoTypes.F_ORIGIN, "manual");
		var cue = annotate(cas, SaysoTypes.CUE, "said");
		var claim = annotate(cas, SaysoTypes.CLAIM, "The talks 🤝 will resume next week,");
		set(claim, SaysoTypes.F_KIND, "direct");
		set(claim, SaysoTypes.F_NOTE, "partial quote – check the wire copy");
		claim.setFeatureValue(feature(cas, SaysoTypes.CLAIM, SaysoTypes.F_SOURCES),
				links(cas, SaysoTypes.SOURCE_LINK, "speaker", speaker));
		claim.setFeatureValue(feature(cas, SaysoTypes.CLAIM, SaysoTypes.F_CUES), links(cas, SaysoTypes.CUE_LINK, "cue", cue));
		var date = annotate(cas, SaysoTypes.DATE_MENTION, "Thursday");
		set(date, SaysoTypes.F_VALUE, "2024-03-07");
		set(date, SaysoTypes.F_TYPE, "DATE");
		date.setBooleanValue(feature(cas, SaysoTypes.DATE_MENTION, SaysoTypes.F_DCT_DEPENDENT), true);

		var dctType = cas.getTypeSystem().getType(SaysoTypes.DOCUMENT_CREATION_TIME);
		var dct = cas.createFS(dctType);
		dct.setStringValue(dctType.getFeatureByBaseName(SaysoTypes.F_VALUE), "2024-03-07");
		dct.setStringValue(dctType.getFeatureByBaseName(SaysoTypes.F_ORIGIN), "dateline");
		cas.addFsToIndexes(dct);

		var metaType = cas.getTypeSystem().getType(SaysoTypes.DOCUMENT_META_DATA);
		AnnotationFS meta = cas.createAnnotation(metaType, 0, text.length());
		meta.setStringValue(metaType.getFeatureByBaseName("documentTitle"), "Talks to resume next week, Lopez says");
		meta.setStringValue(metaType.getFeatureByBaseName("documentId"), "lopez-talks");
		cas.addFsToIndexes(meta);
		return cas;
	}

	/** Writes {@code cas} as XMI, pretty-printed (one feature structure per line), in XML 1.0 or 1.1. */
	static Path write(CAS cas, Path file, boolean xml11) throws Exception {
		try (var out = Files.newOutputStream(file)) {
			XmiCasSerializer.serialize(cas, cas.getTypeSystem(), out, true, null, null, xml11);
		}
		return file;
	}

	/** A copy of a hand-written fixture in {@code folder}, so that no test can touch the original. */
	static Path fixture(String name, Path folder) throws IOException {
		return Files.copy(FIXTURES.resolve(name), folder.resolve(name));
	}

	/**
	 * Every indexed feature structure of a CAS as one sorted line each: type, span and covered text, feature values,
	 * and what each link points to. Two CASes with the same lines hold the same annotations.
	 */
	static List<String> describe(CAS cas) {
		var lines = new ArrayList<String>();
		var all = cas.getIndexRepository().getAllIndexedFS(cas.getTypeSystem().getTopType());
		while (all.hasNext()) {
			lines.add(describe(all.next(), 1));
		}
		lines.sort(null);
		return lines;
	}

	private static String describe(FeatureStructure fs, int linkDepth) {
		if (fs == null) {
			return "null";
		}
		var text = new StringBuilder(fs.getType().getShortName());
		if (fs instanceof AnnotationFS annotation) {
			text.append('[').append(annotation.getBegin()).append('-').append(annotation.getEnd()).append(" \"")
					.append(annotation.getCoveredText()).append("\"]");
		}
		for (var feature : fs.getType().getFeatures()) {
			var name = feature.getShortName();
			if (name.equals("sofa") || name.equals("begin") || name.equals("end")) {
				continue;
			}
			text.append(' ').append(name).append('=');
			if (feature.getRange().isPrimitive()) {
				text.append(fs.getFeatureValueAsString(feature));
			} else if (linkDepth == 0) {
				text.append("…");
			} else if (fs.getFeatureValue(feature) instanceof ArrayFS<?> array) {
				text.append(IntStream.range(0, array.size())
						.mapToObj(i -> describe(array.get(i), linkDepth - 1)).collect(Collectors.joining(", ", "[", "]")));
			} else {
				text.append(describe(fs.getFeatureValue(feature), linkDepth - 1));
			}
		}
		return text.toString();
	}

	/** The targets of a claim's {@code sources} or {@code cues} links, in order (null where a target was emptied). */
	static List<AnnotationFS> linkTargets(FeatureStructure claim, String linkFeature) {
		var cas = claim.getCAS();
		var links = (ArrayFS<?>) claim.getFeatureValue(feature(cas, SaysoTypes.CLAIM, linkFeature));
		var targets = new ArrayList<AnnotationFS>();
		for (int i = 0; i < links.size(); i++) {
			var link = links.get(i);
			targets.add((AnnotationFS) link.getFeatureValue(link.getType().getFeatureByBaseName(SaysoTypes.F_TARGET)));
		}
		return targets;
	}

	static AnnotationFS only(CAS cas, String typeName) {
		var index = cas.getAnnotationIndex(cas.getTypeSystem().getType(typeName));
		assertEquals(1, index.size(), typeName);
		return index.iterator().next();
	}

	static String string(FeatureStructure fs, String featureName) {
		return fs.getStringValue(fs.getType().getFeatureByBaseName(featureName));
	}

	/** After a refusal: no text, no annotation, nothing of the refused file or of what the CAS held before. */
	static void assertEmpty(CAS cas) {
		assertNull(cas.getDocumentText(), "the refused document's text stayed in the CAS");
		assertEquals(0, cas.getAnnotationIndex().size(), "annotations stayed in the CAS");
		assertEquals(0, describe(cas).size(), "feature structures stayed in the CAS: " + describe(cas));
	}

	/** A file's bytes (when small enough to hold), size and modification time, to prove that reading wrote nothing. */
	record FileState(Path file, byte[] bytes, long size, FileTime modified) {

		static FileState of(Path file) throws IOException {
			var size = Files.size(file);
			return new FileState(file, size < 1 << 20 ? Files.readAllBytes(file) : null, size,
					Files.getLastModifiedTime(file));
		}

		void assertUnchanged() throws IOException {
			assertEquals(size, Files.size(file), file + " changed size");
			assertEquals(modified, Files.getLastModifiedTime(file), file + " was written to");
			if (bytes != null) {
				assertArrayEquals(bytes, Files.readAllBytes(file), file + " changed");
			}
		}
	}

	private static AnnotationFS annotate(CAS cas, String typeName, String covered) {
		var begin = cas.getDocumentText().indexOf(covered);
		AnnotationFS annotation = cas.createAnnotation(cas.getTypeSystem().getType(typeName), begin,
				begin + covered.length());
		cas.addFsToIndexes(annotation);
		return annotation;
	}

	private static ArrayFS<FeatureStructure> links(CAS cas, String linkType, String role, AnnotationFS target) {
		var type = cas.getTypeSystem().getType(linkType);
		var link = cas.createFS(type);
		link.setStringValue(type.getFeatureByBaseName(SaysoTypes.F_ROLE), role);
		link.setFeatureValue(type.getFeatureByBaseName(SaysoTypes.F_TARGET), target);
		ArrayFS<FeatureStructure> array = cas.createArrayFS(1);
		array.set(0, link);
		return array;
	}

	private static void set(FeatureStructure fs, String featureName, String value) {
		fs.setStringValue(fs.getType().getFeatureByBaseName(featureName), value);
	}

	private static Feature feature(CAS cas, String typeName, String featureName) {
		return cas.getTypeSystem().getType(typeName).getFeatureByBaseName(featureName);
	}
}
