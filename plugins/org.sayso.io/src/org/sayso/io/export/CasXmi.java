package org.sayso.io.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.cas.CasMapper;
import org.sayso.core.xmi.XmlCharacters;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Document;
import org.xml.sax.SAXException;

/**
 * Writes annotation sets as XMI the way the store saves them (XMI 1.1 only for texts that XML 1.0 cannot hold), with
 * one reusable CAS per worker thread: creating a CAS costs more than filling one.
 */
final class CasXmi {

	static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";

	private final String collectionId;
	private final ThreadLocal<CAS> cas = ThreadLocal.withInitial(SaysoTypeSystem::createCas);

	CasXmi(String collectionId) {
		this.collectionId = collectionId;
	}

	void write(AnnotationSet set, OutputStream out, String where) throws IOException {
		var cas = this.cas.get();
		CasMapper.write(set, collectionId, cas);
		try {
			XmiCasSerializer.serialize(cas, cas.getTypeSystem(), out, false, null, null, needsXml11(set.getDocument()));
		} catch (SAXException e) {
			throw new IOException("UIMA could not write the XMI of " + where + ": " + e.getMessage(), e);
		} finally {
			cas.reset();
		}
	}

	private static boolean needsXml11(Document document) {
		return !XmlCharacters.isXml10Legal(document.getText());
	}

	/** The type system file that Sayso's XMI is read with, byte for byte the one in the core bundle. */
	static void copyTypeSystem(Path target) throws IOException {
		try (InputStream in = SaysoTypeSystem.class.getResourceAsStream(SaysoTypeSystem.RESOURCE)) {
			if (in == null) {
				throw new IOException(SaysoTypeSystem.RESOURCE + " is missing from the org.sayso.core bundle: the build"
						+ " is broken, rebuild with ./sayso build");
			}
			Files.copy(in, target);
		}
	}

	static byte[] typeSystemBytes() throws IOException {
		try (InputStream in = SaysoTypeSystem.class.getResourceAsStream(SaysoTypeSystem.RESOURCE)) {
			if (in == null) {
				throw new IOException(SaysoTypeSystem.RESOURCE + " is missing from the org.sayso.core bundle");
			}
			return in.readAllBytes();
		}
	}
}
