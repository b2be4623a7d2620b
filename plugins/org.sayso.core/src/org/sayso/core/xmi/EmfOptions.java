package org.sayso.core.xmi;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * The options every EMF resource of Sayso is read and written with: the project file, the EMF corpus and its
 * import. Reading refuses a DOCTYPE and external entities, as {@link HardenedSax} does for the XMI of the CAS.
 */
public final class EmfOptions {

	private EmfOptions() {
	}

	/** Load options that refuse a DOCTYPE and external entities; references resolve once the file is read. */
	public static Map<Object, Object> hardenedLoad() {
		var features = new HashMap<String, Boolean>();
		features.put(HardenedSax.DISALLOW_DOCTYPE, Boolean.TRUE);
		features.put(HardenedSax.EXTERNAL_GENERAL_ENTITIES, Boolean.FALSE);
		features.put(HardenedSax.EXTERNAL_PARAMETER_ENTITIES, Boolean.FALSE);
		var options = new HashMap<Object, Object>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		// a pooled parser would keep the features of whoever used it first
		options.put(XMLResource.OPTION_USE_PARSER_POOL, null);
		return options;
	}

	/** Save options: UTF-8, lines of at most 120 characters. */
	public static Map<Object, Object> save() {
		var options = new HashMap<Object, Object>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		return options;
	}
}
