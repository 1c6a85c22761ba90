package org.majlis.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** The largest request body accepted ({@code majlis.http.max-body-size}, 2 MB by default), ahead of every other filter. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class HttpLimits {

	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(@Value("${majlis.http.max-body-size:2MB}") DataSize maxBodySize) {
		var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(maxBodySize));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}
}
