"""Why a sync did not happen, each in words the user can act on (ARCHITECTURE rule 6).

`kind` tells the app what to do next: retry on the timer with back-off (network, stalled,
server), ask for a login (auth, config), stop syncing (revoked, outdated).
"""

from __future__ import annotations

from gridwarden.errors import GridWardenError
from gridwarden.i18n import QT_TRANSLATE_NOOP, Message, msg

RETRYABLE = frozenset({"network", "stalled", "server", "protocol", "tls", "throttled"})


class SyncFailure(GridWardenError):
    def __init__(self, kind: str, message: Message) -> None:
        super().__init__(message)
        self.kind = kind

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE


def not_configured() -> SyncFailure:
    return SyncFailure(
        "config", msg(QT_TRANSLATE_NOOP("core", "尚未登录同步服务器。请在“同步”页点击“登录”。"))
    )


def network_down(server: str) -> SyncFailure:
    return SyncFailure(
        "network",
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "无法连接同步服务器（{server}）。请检查网络；本机的修改已安全保存，稍后会自动重试。",
            ),
            server=server,
        ),
    )


def stalled(seconds: int) -> SyncFailure:
    return SyncFailure(
        "stalled",
        msg(
            QT_TRANSLATE_NOOP(
                "core", "同步服务器 {seconds} 秒没有响应，已中断本次传输，稍后会自动重试。"
            ),
            seconds=seconds,
        ),
    )


def auth_expired() -> SyncFailure:
    return SyncFailure("auth", msg(QT_TRANSLATE_NOOP("core", "登录已失效，请重新登录后再同步。")))


def bad_credentials() -> SyncFailure:
    return SyncFailure("auth", msg(QT_TRANSLATE_NOOP("core", "用户名或密码不正确。")))


def pending_of_another_user(pending: int, user_name: str) -> SyncFailure:
    """Another account is logging in while the last one's edits wait to be pushed: they would go
    up under the new account, and whatever lies outside its scope would be refused."""
    return SyncFailure(
        "switch_user",
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "本机还有 {n} 条由{name}录入、尚未上传的修改。换用其他账号登录后，这些修改将以新账号"
                "上传，超出新账号负责范围的会被服务器拒绝。建议先用{name}的账号登录并同步。",
            ),
            n=pending,
            name=user_name,
        ),
    )


def device_revoked(reason: str) -> SyncFailure:
    return SyncFailure(
        "revoked",
        msg(
            QT_TRANSLATE_NOOP(
                "core", "本设备已被管理员停用（{reason}），同步已停止。请联系网格中心。"
            ),
            reason=reason or msg(QT_TRANSLATE_NOOP("core", "未说明原因")),
        ),
    )


def user_disabled() -> SyncFailure:
    """The account was disabled: as final for this laptop as a revoked device."""
    return SyncFailure(
        "revoked",
        msg(QT_TRANSLATE_NOOP("core", "该账号已被管理员停用，同步已停止。请联系网格中心。")),
    )


def outdated() -> SyncFailure:
    return SyncFailure(
        "outdated",
        msg(
            QT_TRANSLATE_NOOP(
                "core", "本程序版本过旧，服务器要求更新后才能同步。请安装新版本；本机数据不受影响。"
            )
        ),
    )


def server_error(status: int) -> SyncFailure:
    return SyncFailure(
        "server",
        msg(
            QT_TRANSLATE_NOOP("core", "同步服务器出错（{status}），稍后会自动重试。"), status=status
        ),
    )


def unexpected(status: int, detail: str) -> SyncFailure:
    return SyncFailure(
        "protocol",
        msg(
            QT_TRANSLATE_NOOP("core", "同步服务器拒绝了请求（{status}：{detail}）。"),
            status=status,
            detail=detail[:200],
        ),
    )


def insecure_address(server: str) -> SyncFailure:
    """http:// would send the password, the token and every record in clear text."""
    return SyncFailure(
        "config",
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "服务器地址“{server}”未加密（http://），密码和案卷会以明文在网络上传输，已拒绝连接。"
                "请使用 https:// 开头的地址（只有本机测试用的 127.0.0.1 / localhost 可以用 http://）。",
            ),
            server=server,
        ),
    )


def tls_failed(server: str, detail: str) -> SyncFailure:
    """The server's certificate could not be trusted: never bypassed, always explained."""
    lowered = detail.lower()
    if "expired" in lowered:
        reason = msg(QT_TRANSLATE_NOOP("core", "服务器证书已过期"))
    elif "hostname" in lowered or "doesn't match" in lowered or "not valid for" in lowered:
        reason = msg(QT_TRANSLATE_NOOP("core", "服务器证书上的名称与所填地址不符"))
    elif "self-signed" in lowered or "unable to get local issuer" in lowered or "verify" in lowered:
        reason = msg(
            QT_TRANSLATE_NOOP(
                "core",
                "服务器证书不是由受信任的机构签发的（如果区里使用自己的证书机构，"
                "请在登录窗口选择区里的证书机构文件）",
            )
        )
    else:
        reason = msg(QT_TRANSLATE_NOOP("core", "加密连接建立失败"))
    return SyncFailure(
        "tls",
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "无法安全连接同步服务器（{server}）：{reason}。为保护数据，本机不会绕过证书检查；"
                "请联系网格中心核实服务器地址和证书。连接可能正被他人冒充或窃听。",
            ),
            server=server,
            reason=reason,
        ),
    )


def device_taken() -> SyncFailure:
    return SyncFailure(
        "device_taken",
        msg(
            QT_TRANSLATE_NOOP(
                "core", "本设备已登记在其他账号名下，不能用这个账号登录。请联系网格中心。"
            )
        ),
    )


def account_locked() -> SyncFailure:
    return SyncFailure(
        "auth",
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "密码连续输错次数过多，账号已暂时锁定。请稍后再试，或请管理员解锁。",
            )
        ),
    )


def throttled(seconds: int) -> SyncFailure:
    return SyncFailure(
        "throttled",
        msg(
            QT_TRANSLATE_NOOP("core", "登录尝试过于频繁，请 {seconds} 秒后再试。"),
            seconds=seconds,
        ),
    )


def too_large(detail: str) -> SyncFailure:
    return SyncFailure(
        "protocol",
        msg(
            QT_TRANSLATE_NOOP("core", "请求过大，服务器拒收（{detail}）。"),
            detail=detail[:200],
        ),
    )
