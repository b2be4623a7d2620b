package org.sayso.core;

import java.io.IOException;
import java.net.URL;

import org.eclipse.jdt.annotation.Nullable;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;

/**
 * Sayso's UIMA type system, read from the {@code TypeSystem.xml} shipped in this bundle (the same file that
 * exports write beside their XMI). Works inside OSGi and on a plain class path.
 */
public final class SaysoTypeSystem {

	/** Path of the descriptor inside the bundle or jar. */
	public static final String RESOURCE = "/typesystem/TypeSystem.xml";

	private static volatile @Nullable TypeSystemDescription description;
	private static volatile @Nullable TypeSystem committed;

	private SaysoTypeSystem() {
	}

	/** The parsed descriptor; parsed once, shared (treat it as read-only). */
	public static TypeSystemDescription description() {
		var result = description;
		if (result == null) {
			synchronized (SaysoTypeSystem.class) {
				result = description;
				if (result == null) {
					description = result = parse(SaysoTypeSystem.class.getResource(RESOURCE));
				}
			}
		}
		return result;
	}

	/**
	 * A new, empty CAS with Sayso's types. All share one committed type system: building it from the descriptor
	 * costs several times more than the CAS itself, which an export of thousands of small documents pays per set.
	 */
	public static CAS createCas() {
		try {
			var typeSystem = committed;
			if (typeSystem != null) {
				return CasCreationUtils.createCas(typeSystem, null, null, null);
			}
			var cas = CasCreationUtils.createCas(description(), null, null);
			committed = cas.getTypeSystem();
			return cas;
		} catch (ResourceInitializationException e) {
			throw new IllegalStateException("Cannot create a CAS with Sayso's type system: " + e.getMessage(), e);
		}
	}

	private static TypeSystemDescription parse(@Nullable URL url) {
		if (url == null) {
			throw new IllegalStateException("Sayso's type system " + RESOURCE
					+ " is missing from the org.sayso.core bundle: the build is broken, rebuild with ./sayso test");
		}
		try {
			var tsd = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(url));
			tsd.resolveImports();
			return tsd;
		} catch (InvalidXMLException | IOException e) {
			throw new IllegalStateException("Sayso's type system " + url + " cannot be read: " + e.getMessage(), e);
		}
	}
}
