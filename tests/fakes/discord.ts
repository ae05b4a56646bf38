/**
 * A fake Discord on 127.0.0.1: the REST routes discord.js calls and a gateway websocket that
 * speaks the real protocol (HELLO, heartbeat ACK, READY then GUILD_CREATE) and can dispatch
 * events. Fixtures are typed with discord-api-types, which catches missing fields.
 */
import { createServer, type Server } from 'node:http';
import { readBody } from './http.js';
import type { AddressInfo } from 'node:net';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  GatewayDispatchEvents,
  GatewayOpcodes,
  InteractionType,
  Locale,
  MessageType,
  ComponentType,
  type APIChatInputApplicationCommandInteraction,
  type APIMessageComponentButtonInteraction,
  type GuildMemberFlags,
  type APIUser,
  type GatewayGuildCreateDispatchData,
  type GatewayMessageCreateDispatchData,
  type GatewayReadyDispatchData,
} from 'discord-api-types/v10';
import { WebSocketServer, type WebSocket } from 'ws';

export const BOT_ID = '100000000000000001';
export const APP_ID = '100000000000000002';
export const GUILD_ID = '100000000000000003';
export const CHANNEL_ID = '100000000000000004';
/** A second guild, which falls to shard 1 of 2 ((id >> 22) % 2), where GUILD_ID falls to shard 0. */
export const SECOND_GUILD_ID = '100000000004194307';
export const SECOND_CHANNEL_ID = '100000000000000011';
const CHANNEL_OF: Record<string, string> = { [GUILD_ID]: CHANNEL_ID, [SECOND_GUILD_ID]: SECOND_CHANNEL_ID };

/** The shard Discord sends a guild's events to. */
const shardOf = (guildId: string, count: number) => Number((BigInt(guildId) >> 22n) % BigInt(count));
const USER: APIUser = { id: '100000000000000005', username: 'alice', discriminator: '0', global_name: 'Alice', avatar: null };
const BOT_USER: APIUser = { id: BOT_ID, username: 'budget-bot', discriminator: '0', global_name: null, avatar: null, bot: true };

/** A user of the fake guild; soak runs make many, so that no rate limit applies. */
export const user = (id: string): APIUser => ({ ...USER, id });

/** A row of buttons as the bot sends it. */
interface Row {
  components: { custom_id: string; emoji?: { name: string } }[];
}

export interface Captured {
  method: string;
  /** Set when the fake answered with an injected failure instead of taking the request. */
  failedWith?: number;
  path: string;
  body: { content?: string; embeds?: { description: string; footer?: { text: string } }[]; allowed_mentions?: { parse: string[] }; components?: Row[]; type?: number; data?: { content?: string; flags?: number; embeds?: { description: string; footer?: { text: string } }[]; allowed_mentions?: { parse: string[] }; components?: Row[] } };
}

export class FakeDiscord {
  readonly requests: Captured[] = [];
  /** Statuses the next replies get instead of success, in order (403 Missing Permissions, 500 …). */
  readonly failures: { status: number; code: number; message: string }[] = [];
  private server?: Server;
  private gateway?: WebSocketServer;
  /** One gateway connection a shard, by shard id; a bot that does not shard is shard 0 of 1. */
  private readonly shards = new Map<number, WebSocket>();
  private shardCount = 1;
  /** The guilds the bot is in: the first always, the second once a test adds it (sharding). */
  readonly guilds = [GUILD_ID];
  private sequence = 0;
  port = 0;

  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const text = await readBody(req);
      const path = (req.url ?? '').split('?')[0].replace(/^\/api\/v10/, '');
      const captured: Captured = { method: req.method ?? '', path, body: text ? JSON.parse(text) : {} };
      this.requests.push(captured);
      res.setHeader('content-type', 'application/json');
      if (path === '/gateway/bot') {
        return res.end(JSON.stringify({ url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } }));
      }
      if (path.startsWith('/applications/')) return res.end('[]');
      const replying = /^\/channels\/\d+\/messages$/.test(path) || path.startsWith('/interactions/');
      const failure = replying && req.method === 'POST' ? this.failures.shift() : undefined;
      if (failure) {
        captured.failedWith = failure.status;
        res.statusCode = failure.status;
        return res.end(JSON.stringify({ message: failure.message, code: failure.code }));
      }
      if (path.startsWith('/webhooks/')) {
        return res.end(JSON.stringify({ id: String(Date.now()), channel_id: CHANNEL_ID, author: BOT_USER, content: '', timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: 0 }));
      }
      if (/^\/channels\/\d+\/messages$/.test(path)) {
        return res.end(JSON.stringify({ id: String(Date.now()), channel_id: path.split('/')[2], author: BOT_USER, content: '', timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: 0 }));
      }
      if (path.startsWith('/interactions/')) {
        res.removeHeader('content-type');
        res.statusCode = 204;
        return res.end();
      }
      res.statusCode = 404;
      res.end('{"message":"Unknown route","code":0}');
    });
    this.gateway = new WebSocketServer({ server: this.server });
    this.gateway.on('connection', (socket) => {
      socket.send(JSON.stringify({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: 45_000 } }));
      socket.on('message', (data) => {
        const payload = JSON.parse(String(data));
        if (payload.op === GatewayOpcodes.Heartbeat) socket.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck }));
        if (payload.op === GatewayOpcodes.Identify) {
          const [shard, count] = (payload.d.shard as [number, number] | undefined) ?? [0, 1];
          this.shards.set(shard, socket);
          this.shardCount = count;
          this.ready(shard, count);
        }
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Shards that identified, by id. */
  get connectedShards(): number[] {
    return [...this.shards.keys()].sort();
  }

  /** Sends an event on the connection of the shard that owns the guild (DMs: shard 0). */
  private dispatch(t: string, d: unknown, guildId?: string): void {
    const shard = guildId ? shardOf(guildId, this.shardCount) : 0;
    this.shards.get(shard)?.send(JSON.stringify({ op: GatewayOpcodes.Dispatch, t, s: ++this.sequence, d }));
  }

  private ready(shard: number, count: number): void {
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: { ...BOT_USER, verified: true, mfa_enabled: false },
      guilds: this.guilds.filter((id) => shardOf(id, count) === shard).map((id) => ({ id, unavailable: true })),
      session_id: `fake-session-${shard}`,
      resume_gateway_url: `ws://127.0.0.1:${this.port}`,
      shard: [shard, count],
      application: { id: APP_ID, flags: 0 as GatewayReadyDispatchData['application']['flags'], flags_new: '0' },
    };
    this.shards.get(shard)?.send(JSON.stringify({ op: GatewayOpcodes.Dispatch, t: GatewayDispatchEvents.Ready, s: ++this.sequence, d: ready }));
    for (const id of this.guilds) if (shardOf(id, count) === shard) this.dispatch(GatewayDispatchEvents.GuildCreate, this.guild(id), id);
  }

  private guild(id: string): GatewayGuildCreateDispatchData {
    return {
      id,
      name: 'Budget Office',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: USER.id,
      region: '',
      afk_channel_id: null,
      afk_timeout: 60,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [],
      emojis: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'zh-CN',
      public_updates_channel_id: null,
      nsfw_level: 0,
      stickers: [],
      premium_progress_bar_enabled: false,
      hub_type: null,
      safety_alerts_channel_id: null,
      incidents_data: null,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [],
      channels: [{ id: CHANNEL_OF[id], type: ChannelType.GuildText, name: 'budget', position: 0, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0, guild_id: id, flags: 0 }],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    } as unknown as GatewayGuildCreateDispatchData;
  }

  /** A user's message in a guild's channel (default: the first guild), or in a DM when `dm` is set. */
  sendMessage(content: string, options: { mentionBot?: boolean; dm?: boolean; author?: APIUser; id?: string; guildId?: string } = {}): void {
    const guildId = options.guildId ?? GUILD_ID;
    const message = {
      id: options.id ?? String(Date.now()),
      channel_id: options.dm ? '100000000000000009' : CHANNEL_OF[guildId],
      // Discord marks DM messages with channel_type, which discord.js needs to build the partial DM channel.
      ...(options.dm ? { channel_type: ChannelType.DM } : { guild_id: guildId }),
      author: options.author ?? USER,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: options.mentionBot ? [BOT_USER] : [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: MessageType.Default,
    } as GatewayMessageCreateDispatchData;
    this.dispatch(GatewayDispatchEvents.MessageCreate, message, options.dm ? undefined : guildId);
  }

  /** A /budget question:<text> slash command; without a question, a bare /budget. */
  sendCommand(question: string | undefined, id = String(Date.now())): void {
    const options = question === undefined ? [] : [{ name: 'question', type: ApplicationCommandOptionType.String as const, value: question }];
    const interaction: APIChatInputApplicationCommandInteraction = {
      ...this.interaction(id),
      type: InteractionType.ApplicationCommand,
      data: { id: '100000000000000010', name: 'budget', type: ApplicationCommandType.ChatInput, options },
    };
    this.dispatch(GatewayDispatchEvents.InteractionCreate, interaction, GUILD_ID);
  }

  /** A press of a button with `customId` under one of the bot's messages. */
  pressButton(customId: string, id = String(Date.now())): void {
    const interaction: APIMessageComponentButtonInteraction = {
      ...this.interaction(id),
      type: InteractionType.MessageComponent,
      data: { custom_id: customId, component_type: ComponentType.Button },
      message: { id: '100000000000000020', channel_id: CHANNEL_ID, author: BOT_USER, content: '', timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: MessageType.Default, components: [] },
    };
    this.dispatch(GatewayDispatchEvents.InteractionCreate, interaction, GUILD_ID);
  }

  /** What every interaction in the test guild's channel carries. */
  private interaction(id: string): Omit<APIChatInputApplicationCommandInteraction, 'type' | 'data'> {
    return {
      id,
      application_id: APP_ID,
      guild_id: GUILD_ID,
      channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: ChannelType.GuildText },
      member: { user: USER, roles: [], permissions: '0', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 as GuildMemberFlags },
      token: 'interaction-token',
      version: 1,
      app_permissions: '0',
      locale: Locale.ChineseCN,
      guild_locale: Locale.ChineseCN,
      entitlements: [],
      authorizing_integration_owners: { 0: GUILD_ID },
      context: 0,
      attachment_size_limit: 8_000_000,
    };
  }

  async until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('timed out waiting for the fake Discord');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async stop(): Promise<void> {
    for (const client of this.gateway?.clients ?? []) client.terminate();
    this.gateway?.close();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
