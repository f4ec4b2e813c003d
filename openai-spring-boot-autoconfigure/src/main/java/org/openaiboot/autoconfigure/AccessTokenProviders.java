package org.openaiboot.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.openaiboot.client.AccessTokenProvider;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;

/**
 * Finds the {@link AccessTokenProvider} bean of a connection without an API key: the one
 * qualified with the connection's name ({@code @Qualifier("azure")}, or named so), or,
 * for an Azure connection, the only one there is. A provider is never handed to a
 * connection it was not meant for otherwise, so that no token reaches another server.
 */
class AccessTokenProviders {

	private final ListableBeanFactory beanFactory;

	AccessTokenProviders(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Nullable AccessTokenProvider forConnection(String connection, boolean azure) {
		if (this.beanFactory.getBeanNamesForType(AccessTokenProvider.class, true, false).length == 0) {
			return null;
		}
		try {
			return BeanFactoryAnnotationUtils.qualifiedBeanOfType(this.beanFactory, AccessTokenProvider.class,
					connection);
		}
		catch (NoSuchBeanDefinitionException ex) {
			return azure ? this.beanFactory.getBeanProvider(AccessTokenProvider.class).getIfUnique() : null;
		}
	}

}
