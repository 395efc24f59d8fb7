package org.lastrada.portal.shared.organisations;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.lastrada.portal.shared.jpa.StringSetConverter;

/** Stores a set of services as their codes ("helpline,legal-aid") in one column. */
@Converter
class ServiceAreaSetConverter implements AttributeConverter<Set<ServiceArea>, String> {

    private final StringSetConverter codes = new StringSetConverter();

    @Override
    public String convertToDatabaseColumn(Set<ServiceArea> services) {
        return codes.convertToDatabaseColumn(services == null ? Set.of()
                : services.stream().map(ServiceArea::code).collect(Collectors.toSet()));
    }

    @Override
    public Set<ServiceArea> convertToEntityAttribute(String column) {
        Set<ServiceArea> services = EnumSet.noneOf(ServiceArea.class);
        codes.convertToEntityAttribute(column).forEach(code -> ServiceArea.fromCode(code).ifPresent(services::add));
        return services;
    }
}
