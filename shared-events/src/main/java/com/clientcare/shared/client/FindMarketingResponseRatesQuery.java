package com.clientcare.shared.client;

import com.clientcare.shared.common.Channel;

/** C5, C6: messages sent and responses per campaign and channel; null filters match all. */
public record FindMarketingResponseRatesQuery(String campaign, Channel channel) {
}
