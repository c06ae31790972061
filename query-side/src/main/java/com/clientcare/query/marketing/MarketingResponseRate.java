package com.clientcare.query.marketing;

import com.clientcare.shared.common.Channel;

import java.math.BigDecimal;

/**
 * Responses to one campaign on one channel: {@code responseRate} = (responded + converted) / sent and
 * {@code conversionRate} = converted / sent, as fractions with 4 decimals; null when nothing was sent.
 */
public record MarketingResponseRate(String campaign, Channel channel, int sent, int ignored, int responded,
                                    int converted, BigDecimal responseRate, BigDecimal conversionRate) {
}
