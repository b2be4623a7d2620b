package org.sayso.ui.internal.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.sayso.model.Annotation;
import org.sayso.model.SpeakerEntity;

/** Lets the Properties view show and edit annotations and speaker entities (registered in plugin.xml). */
public class AnnotationAdapterFactory implements IAdapterFactory {

	@Override
	@SuppressWarnings("null") // the platform's adapter API returns null for "no adapter" without saying so
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IPropertySource.class && (adaptable instanceof Annotation || adaptable instanceof SpeakerEntity)) {
			return adapterType.cast(new AnnotationPropertySource(adaptable));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
